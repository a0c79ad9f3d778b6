/**
 * Sent by the app on every API request. A cross-site form or a `no-cors` fetch cannot add a
 * custom header, and a CORS request that adds one needs a preflight the server never approves, so
 * the production server refuses state-changing requests without it (docs/decisions/002).
 */
export const APP_REQUEST_HEADER = 'x-requested-with'
export const APP_REQUEST_HEADER_VALUE = 'workflow-console'

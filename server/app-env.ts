import type { SignedInUser } from './identity/signed-in-user'

/** Per-request values set by the first middleware and read by routes and the request log. */
export type AppEnv = {
  Variables: {
    requestId: string
    remoteAddress: string | undefined
    fromTrustedProxy: boolean
    user: SignedInUser | null
    upstreamStatus: number | null | undefined
    /** Why a request was refused before it was routed (cross-site write). */
    refused: string | undefined
  }
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The placeholders of `deploy/nginx/console.conf.template`: the values a deployer chooses. */
export const NGINX_TEMPLATE_VALUES = [
  'LISTEN',
  'SERVER_NAME',
  'BASE_PATH',
  'CONSOLE',
  'OAUTH2_PROXY',
] as const
export type NginxTemplateValues = Record<(typeof NGINX_TEMPLATE_VALUES)[number], string>

export const NGINX_TEMPLATE_PATH = 'deploy/nginx/console.conf.template'

/**
 * What `envsubst '${LISTEN} ${SERVER_NAME} …'` does: replaces exactly these placeholders and
 * leaves nginx's own `$variables` alone.
 */
export function renderNginxTemplate(template: string, values: NginxTemplateValues): string {
  return template.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (placeholder, name: string) =>
    name in values ? values[name as keyof NginxTemplateValues] : placeholder,
  )
}

/** A whole nginx.conf that runs the rendered server block on its own, every file under `dir`. */
export function standaloneNginxConf(dir: string, serverConf: string): string {
  return `# Generated for a test run: nginx -p ${dir} -c ${dir}/nginx.conf
worker_processes 1;
error_log ${dir}/error.log info;
pid ${dir}/nginx.pid;
events { worker_connections 256; }
http {
  default_type application/octet-stream;
  log_format console '$remote_addr "$request" $status $request_id';
  access_log ${dir}/access.log console;
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${serverConf}
}
`
}

export function readNginxTemplate(path = NGINX_TEMPLATE_PATH): string {
  return readFileSync(path, 'utf8')
}

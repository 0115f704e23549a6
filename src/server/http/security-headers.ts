import type { FastifyInstance } from 'fastify';

/**
 * One policy for the web app, the API and the API docs. Mantine writes its theme variables and
 * responsive style props into <style> elements at run time, so styles need 'unsafe-inline'
 * (checked in Chromium: without it every page logs refused styles); scripts stay strictly 'self'.
 * The Swagger UI at /api/docs loads only its own files and needs nothing looser (checked the
 * same way), so it gets no exception.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/**
 * Sets the security headers on every response: what the browser may load and who may frame it,
 * no MIME sniffing, no referrer, HSTS when served over HTTPS, and no caching of any API answer
 * (they carry personal data, which a shared computer's cache must not keep).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { isHttps: boolean }): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', contentSecurityPolicy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    // Only over HTTPS: over plain HTTP it would tell browsers to insist on an HTTPS that is not there.
    if (options.isHttps) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/')) {
      // A route may ask for more ("private, no-store" on calendar files), never for less.
      const cacheControl = reply.getHeader('cache-control');
      if (typeof cacheControl !== 'string' || !cacheControl.includes('no-store')) {
        reply.header('cache-control', 'no-store');
      }
    }
  });
}

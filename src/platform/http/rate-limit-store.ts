import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';

/**
 * The shared store of the rate limits (issue 13, finding 2): with several web instances, a
 * client's count lives in Redis, so a limit of 30 logins a minute holds across all of them
 * (docs/adr/0005-redis-rate-limit-store.md). The client is closed with the app. A command that
 * cannot reach Redis fails fast; the rate-limit plugin then lets the request through
 * (`skipOnError`) rather than turning a Redis outage into a portal outage.
 */
export async function rateLimitRedis(url: string, app: FastifyInstance): Promise<Redis> {
  // ioredis is loaded only when REDIS_URL is set (issue 9: memory of a portal without it).
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
  redis.on('error', (error: Error) => {
    app.log.warn({ err: { message: error.message } }, 'rate-limit store (Redis) unavailable');
  });
  app.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  return redis;
}

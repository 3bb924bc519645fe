import type { DeliveryStore } from '../types.js';
import type { DeliveryClaims } from './delivery-store.js';

/**
 * The outbox as one worker of several sees it: `pending()` leases rows to this worker (`claim`) instead of
 * listing every due row, so the single-process delivery worker (src/discord/delivery-worker.ts) runs
 * unchanged in each worker process and no row is sent by two of them at once. A worker that dies leaves its
 * leases to run out; another worker then claims the rows and resends them under the same nonce.
 */
export function createClaimingDeliveryStore(
	deliveries: DeliveryStore & DeliveryClaims,
	options: { workerId: string; leaseMs: number },
): DeliveryStore {
	return {
		...deliveries,
		pending: (now, limit) => deliveries.claim(options.workerId, now, limit, options.leaseMs),
	};
}

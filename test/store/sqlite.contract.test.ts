import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite/create-store.js';
import { describeArticleStoreContract } from './contract/article-store.contract.js';
import { describeBoilerplateStoreContract } from './contract/boilerplate-store.contract.js';
import { describeDeliveryStoreContract } from './contract/delivery-store.contract.js';
import { describeEntityMergingContract } from './contract/entities.contract.js';
import { describeFeedAdminContract } from './contract/feed-admin.contract.js';
import { describeTargetRoutesContract } from './contract/target-routes.contract.js';
import { describeFeedStoreContract } from './contract/feed-store.contract.js';
import { describeGuildSettingsStoreContract } from './contract/guild-settings-store.contract.js';
import { describeLimitsContract } from './contract/limits.contract.js';
import type { MakeStore } from './contract/make-store.js';
import { describeMentionStoreContract } from './contract/mention-store.contract.js';
import { describeStoryHoldContract } from './contract/story-hold.contract.js';
import { describeSubscriptionStoreContract } from './contract/subscription-store.contract.js';

function describeStoreContract(makeStore: MakeStore): void {
	describeFeedStoreContract(makeStore);
	describeFeedAdminContract(makeStore);
	describeTargetRoutesContract(makeStore);
	describeDeliveryStoreContract(makeStore);
	describeArticleStoreContract(makeStore);
	describeEntityMergingContract(makeStore);
	describeMentionStoreContract(makeStore);
	describeSubscriptionStoreContract(makeStore);
	describeBoilerplateStoreContract(makeStore);
	describeGuildSettingsStoreContract(makeStore);
	describeLimitsContract(makeStore);
	describeStoryHoldContract(makeStore);
}

describe('SQLite store in memory', () => {
	describeStoreContract(async () => createSqliteStore(':memory:'));
});

describe('SQLite store in a file', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'briefbot-store-'));
	let n = 0;
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	describeStoreContract(async () => createSqliteStore(path.join(dir, `nested/store-${++n}.db`)));
});

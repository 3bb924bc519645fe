/** Removing a target's webhook: deleted in Discord (best effort), forgotten by the store. Shared by /feed webhook and move. */
import { DiscordAPIError, Routes, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandContext } from '../../../commands/index.js';
import type { FeedTarget } from '../../store/types.js';

/** Deletes the webhook in Discord (already gone is fine) and forgets it. */
export async function removeWebhook(
	interaction: ChatInputCommandInteraction,
	ctx: CommandContext,
	guildId: string,
	target: FeedTarget,
): Promise<void> {
	const route = await ctx.feeds.deliveryRoute(target.id);
	if (route?.webhook) {
		await interaction.client.rest.delete(Routes.webhook(route.webhook.id)).catch((error: unknown) => {
			// Never the error itself: a webhook route's error names the webhook; an admin may have deleted it already.
			ctx.logger.warn({ guildId, targetId: target.id, status: error instanceof DiscordAPIError ? error.status : null }, 'could not delete the feed webhook');
		});
	}
	await ctx.feeds.setWebhook({ guildId, targetId: target.id, webhook: null });
}

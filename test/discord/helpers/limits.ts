import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';

/** Fails when a payload breaks any of Discord's message/embed limits. */
export function expectWithinDiscordLimits(payload: { content?: string; embeds: APIEmbed[] }): void {
	expect(payload.content?.length ?? 0).toBeLessThanOrEqual(2_000);
	expect(payload.embeds.length).toBeLessThanOrEqual(10);
	let total = 0;
	for (const embed of payload.embeds) {
		expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
		expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4_096);
		expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
		expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2_048);
		expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
		for (const field of embed.fields ?? []) {
			expect(field.name.length).toBeGreaterThan(0);
			expect(field.name.length).toBeLessThanOrEqual(256);
			expect(field.value.length).toBeGreaterThan(0);
			expect(field.value.length).toBeLessThanOrEqual(1_024);
			total += field.name.length + field.value.length;
		}
		total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
		total += (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0);
	}
	expect(total).toBeLessThanOrEqual(6_000);
}

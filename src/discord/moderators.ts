/**
 * Who counts as a moderator: Manage Threads in the channel (what /verify's default permission asks
 * for), or one of MODERATOR_ROLE_IDS for servers whose helpers lack that permission. Checked at run
 * time as well, because a server admin can open a command to anyone under Integrations.
 */
import { type Interaction, PermissionFlagsBits } from 'discord.js';

export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageThreads)) return true;
  const roles = interaction.member?.roles;
  if (!roles || moderatorRoleIds.length === 0) return false;
  const held = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return held.some((id) => moderatorRoleIds.includes(id));
}

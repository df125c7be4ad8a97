// Discord API objects as the gateway and REST would send them: just the fields discord.js reads.
// Each builder takes only what a test cares about.

const DISCORD_EPOCH = 1_420_070_400_000n;
let sequence = 0n;

/** A fresh, well-formed snowflake; `at` sets its embedded creation time (account age). */
export function snowflake(at: Date = new Date()): string {
  sequence = (sequence + 1n) % 4096n;
  return String(((BigInt(at.getTime()) - DISCORD_EPOCH) << 22n) | sequence);
}

/** When a snowflake was made, in ms since 1970 (what Discord reads a message's age from). */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Interaction tokens must be plain alphanumerics. */
export function token(): string {
  return `tok${snowflake()}${Math.random().toString(36).slice(2)}`.replace(/[^A-Za-z0-9]/g, "");
}

export interface UserPayload {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export function user(name: string, options: { id?: string; bot?: boolean } = {}): UserPayload {
  return {
    id: options.id ?? snowflake(),
    username: name.toLowerCase().replace(/[^a-z0-9_.]/g, ""),
    discriminator: "0",
    global_name: name,
    avatar: null,
    ...(options.bot ? { bot: true } : {}),
  };
}

export function member(u: UserPayload, roles: string[] = []) {
  return {
    user: u,
    roles,
    nick: null,
    avatar: null,
    joined_at: new Date().toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    permissions: "2248473465835073",
  };
}

export interface MessagePayload {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: UserPayload;
  content: string;
  [key: string]: unknown;
}

export function message(
  fields: Pick<MessagePayload, "channel_id" | "author" | "content"> & Record<string, unknown>,
): MessagePayload {
  return {
    id: snowflake(),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...fields,
  };
}

export function attachment(filename: string) {
  const id = snowflake();
  return {
    id,
    filename,
    size: 1024,
    url: `https://cdn.discordapp.com/attachments/1/${id}/${filename}`,
    proxy_url: `https://media.discordapp.net/attachments/1/${id}/${filename}`,
    content_type: "application/octet-stream",
  };
}

export interface GuildSetup {
  id: string;
  reviewChannelId: string;
  watchChannelId: string;
  otherChannelId: string;
  reviewerRoleId: string;
}

export function guildCreate(guild: GuildSetup, botUser: UserPayload) {
  const channel = (id: string, name: string, position: number) => ({
    id,
    type: 0,
    guild_id: guild.id,
    name,
    position,
    permission_overwrites: [],
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
  });
  const role = (id: string, name: string, position: number) => ({
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: "0",
    managed: false,
    mentionable: false,
    flags: 0,
  });
  return {
    id: guild.id,
    name: "Test Server",
    icon: null,
    owner_id: botUser.id,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [role(guild.id, "@everyone", 0), role(guild.reviewerRoleId, "Reviewers", 1)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    premium_tier: 0,
    preferred_locale: "en-US",
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [member(botUser)],
    channels: [
      channel(guild.reviewChannelId, "reviews", 0),
      channel(guild.watchChannelId, "general", 1),
      channel(guild.otherChannelId, "off-topic", 2),
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** MessageReferenceType.Forward and MessageFlags.HasSnapshot. */
const FORWARD = 1;
const HAS_SNAPSHOT = 1 << 14;

/**
 * The fields that make a message a forward, as MESSAGE_CREATE has them: no content of its own,
 * a FORWARD reference to the original and its text in message_snapshots.
 */
export function forwardOf(original: { channel_id: string; id?: string; content: string }) {
  return {
    content: "",
    flags: HAS_SNAPSHOT,
    message_reference: {
      type: FORWARD,
      channel_id: original.channel_id,
      message_id: original.id ?? snowflake(),
    },
    message_snapshots: [
      {
        message: {
          type: 0,
          content: original.content,
          embeds: [],
          attachments: [],
          timestamp: new Date().toISOString(),
          edited_timestamp: null,
          flags: 0,
          mentions: [],
          mention_roles: [],
          components: [],
        },
      },
    ],
  };
}

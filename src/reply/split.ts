/** Discord's limit for one message's content. */
export const DISCORD_MESSAGE_LIMIT = 2000;

/**
 * Packs sections into messages of at most `limit` characters, breaking only between sections; a
 * section longer than a message is broken between lines, closing and reopening a code fence it
 * cuts through, and a line longer than a message is hard-cut.
 */
export function splitMessages(sections: readonly string[], limit = DISCORD_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = () => {
    if (current) messages.push(current);
    current = '';
  };
  for (const section of sections) {
    for (const piece of section.length > limit ? breakSection(section, limit) : [section]) {
      const joined = current ? `${current}\n\n${piece}` : piece;
      if (joined.length <= limit) current = joined;
      else {
        flush();
        current = piece;
      }
    }
  }
  flush();
  return messages.length ? messages : [''];
}

function breakSection(section: string, limit: number): string[] {
  const out: string[] = [];
  let current = '';
  let fence: string | undefined;
  // Room for closing a fence at the end of a piece.
  const room = limit - 4;
  for (const rawLine of section.split('\n')) {
    const lines = rawLine.length > room - 16 ? chunk(rawLine, room - 16) : [rawLine];
    for (const line of lines) {
      const next = current ? `${current}\n${line}` : line;
      if (next.length > room) {
        out.push(fence ? `${current}\n\`\`\`` : current);
        current = fence ? `${fence}\n${line}` : line;
      } else current = next;
      if (line.startsWith('```')) fence = fence ? undefined : line;
    }
  }
  if (current) out.push(current);
  return out;
}

function chunk(s: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

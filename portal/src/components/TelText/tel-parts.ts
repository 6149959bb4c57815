/** A piece of text, or a phone number in it that a phone can call. */
export type TelPart = { text: string } | { text: string; tel: string };

// The numbers a plan names for an emergency: 112, and Veilig Thuis 0800-2000 (however it is spaced).
const emergency = /\b(112)\b|\b(0800[\s-]?2000)\b/g;

/** Splits text so 112 and Veilig Thuis' number become calls; everything else stays text, in order. */
export function telParts(text: string): TelPart[] {
  const parts: TelPart[] = [];
  let last = 0;
  for (const match of text.matchAll(emergency)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ text: match[0], tel: match[1] ? '112' : '08002000' });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

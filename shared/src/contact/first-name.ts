/** Members and helpers call each other by first name: the first word of a full account name. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] || fullName;
}

/**
 * Who can read something (REQUIREMENTS D3's spirit, issue "Wie ziet dit?"): worked out on the server
 * by the same rules that decide every read, and never naming a person this viewer may not know about.
 */
export interface ReadersView {
  /** First names of the family members who can read it, the viewer (or the member a helper acts for) not included. */
  members: string[];
  /** First names of the viewer's own helpers, who read what the viewer reads; only sent to that member. */
  helpers: string[];
  /** First names of the family's professionals: they read everything of the family. */
  professionals: string[];
}

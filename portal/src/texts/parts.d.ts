// The two parts of locales/nl.json made at build time (scripts/dutch-text-parts.ts).
declare module 'virtual:dutch-texts/*' {
  const texts: { [group: string]: unknown };
  export default texts;
}

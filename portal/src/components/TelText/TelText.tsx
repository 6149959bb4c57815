import { telParts } from './tel-parts.ts';

/** Text in which 112 and Veilig Thuis 0800-2000 are links that call, wherever a plan names them. */
export function TelText({ text }: { text: string }) {
  return (
    <>
      {telParts(text).map((part, i) =>
        'tel' in part ? (
          <a key={i} className="nl-link" href={`tel:${part.tel}`}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

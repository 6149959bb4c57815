import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import './WorkLayout.css';

/** A link in the workspace navigation; `current` marks the page the professional is on (aria-current). */
export interface WorkNavLink {
  href: string;
  label: string;
  current?: boolean;
}

export interface WorkPerson {
  name: string;
  organisation?: string;
  jobTitle?: string;
}

/** Every word the layout shows, from the caller's namespace: the component knows no language. */
export interface WorkLayoutWords {
  appName: string;
  workspace: string;
  skipToContent: string;
  mainNav: string;
  familiesHeading: string;
  noFamilies: string;
  signOut: string;
}

export interface WorkLayoutProps {
  title: string;
  person: WorkPerson;
  links: readonly WorkNavLink[];
  families: readonly WorkNavLink[];
  words: WorkLayoutWords;
  onSignOut: () => void;
  children: ReactNode;
}

// As on member screens: the first screen keeps focus at the top; each later one moves it to its heading,
// so a screen reader announces the new page after a navigation that fired no page load.
let firstScreen = true;

/**
 * The professional's desktop workspace: a navigation column (work links, her families, who she is)
 * beside the page. From 1024 px the columns sit side by side; narrower, the navigation comes first and
 * the page below, so a professional on a phone can still work. No Snel weg: it is for members and helpers.
 */
export function WorkLayout({ title, person, links, families, words, onSignOut, children }: WorkLayoutProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} - ${words.workspace} - ${words.appName}`;
    if (firstScreen) firstScreen = false;
    else heading.current?.focus({ preventScroll: true });
  }, [title, words.workspace, words.appName]);
  return (
    <div className="onsplan-work">
      <a className="onsplan-skip-link" href="#inhoud">
        {words.skipToContent}
      </a>
      <header className="onsplan-work__header">
        <span className="onsplan-work__brand">
          {words.appName} <span className="onsplan-work__brand-sub">{words.workspace}</span>
        </span>
        <span className="onsplan-work__person">
          <strong>{person.name}</strong>
          {(person.jobTitle || person.organisation) && <span className="onsplan-work__person-meta">{[person.jobTitle, person.organisation].filter(Boolean).join(', ')}</span>}
        </span>
        <Button purpose="subtle" type="button" onClick={onSignOut}>
          {words.signOut}
        </Button>
      </header>
      <div className="onsplan-work__body">
        <nav className="onsplan-work__nav" aria-label={words.mainNav}>
          <ul className="onsplan-work__links">
            {links.map((link) => (
              <li key={link.href}>
                <NavLink link={link} />
              </li>
            ))}
          </ul>
          <h2 className="onsplan-work__nav-heading">{words.familiesHeading}</h2>
          {families.length ? (
            <ul className="onsplan-work__links onsplan-work__links--families">
              {families.map((link) => (
                <li key={link.href}>
                  <NavLink link={link} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="onsplan-work__nav-empty">{words.noFamilies}</p>
          )}
        </nav>
        <main id="inhoud" className="onsplan-work__main">
          <Heading level={1} ref={heading} tabIndex={-1} className="onsplan-page-title">
            {title}
          </Heading>
          {children}
        </main>
      </div>
    </div>
  );
}

function NavLink({ link }: { link: WorkNavLink }) {
  return (
    <Link replace className="onsplan-work__link" to={link.href} aria-current={link.current ? 'page' : undefined}>
      {link.label}
    </Link>
  );
}

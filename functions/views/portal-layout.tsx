import { portalTexts } from '#texts/catalogue';
import { Notice, SubmitButton } from './components';
import type { ComponentChildren } from 'preact';
import { Layout } from './layout';
import { useLanguage } from './render';
import { pathTo } from '#routes';

export interface PortalChrome {
  csrf: string;
  /** The party of a contact or FG; for a beheerder, the region. */
  partyName: string;
  /** FGs get their overview in the navigation; contacts get registration; a beheerder gets the beheer pages only. */
  role: 'contact' | 'fg' | 'beheer';
}

/** Every portal page: who is signed in, the navigation, and sign-out (a POST with the CSRF token). */
export function PortalLayout(props: { title: string; chrome: PortalChrome; hasErrors?: boolean; notice?: string; children: ComponentChildren }) {
  const t = portalTexts(useLanguage());
  return (
    <Layout title={props.title} hasErrors={props.hasErrors} kind="portal">
      <nav class="avg-portal-nav" aria-label={t.nav.label}>
        <Navigation role={props.chrome.role} />
        <p class="avg-portal-nav__user">{t.signedInAs(t.role[props.chrome.role], props.chrome.partyName)}</p>
        <form method="post" action={pathTo('signOut')} class="avg-inline-form">
          <input type="hidden" name="csrf" value={props.chrome.csrf} />
          <SubmitButton secondary>{t.nav.signOut}</SubmitButton>
        </form>
      </nav>
      <Notice text={props.notice} />
      {props.children}
    </Layout>
  );
}

/** The portal's links for each role: a beheerder's beheer pages, an FG's oversight, a contact's registration and absence. */
function Navigation(props: { role: PortalChrome['role'] }) {
  const t = portalTexts(useLanguage());
  const links: Array<[string, string]> =
    props.role === 'beheer'
      ? [
          [pathTo('beheerHome'), t.beheerNav.home],
          [pathTo('beheerPeople'), t.beheerNav.people],
          [pathTo('beheerRegion'), t.beheerNav.region],
        ]
      : [
          [pathTo('myTasks'), t.nav.myTasks],
          [pathTo('allRequests'), t.nav.allRequests],
          ...(props.role === 'fg'
            ? ([
                [pathTo('fgDashboard'), t.nav.fgDashboard],
                [pathTo('fgFigures'), t.nav.fgFigures],
              ] as Array<[string, string]>)
            : ([
                [pathTo('registerPage'), t.nav.register],
                [pathTo('absencePage'), t.nav.absence],
              ] as Array<[string, string]>)),
        ];
  return (
    <ul>
      {links.map(([href, label]) => (
        <li>
          <a href={href}>{label}</a>
        </li>
      ))}
    </ul>
  );
}

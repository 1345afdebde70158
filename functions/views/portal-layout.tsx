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
        {props.chrome.role === 'beheer' ? <BeheerNavigation /> : <PartyNavigation role={props.chrome.role} />}
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

function BeheerNavigation() {
  const t = portalTexts(useLanguage()).beheerNav;
  return (
    <ul>
      <li>
        <a href={pathTo('beheerHome')}>{t.home}</a>
      </li>
      <li>
        <a href={pathTo('beheerPeople')}>{t.people}</a>
      </li>
      <li>
        <a href={pathTo('beheerRegion')}>{t.region}</a>
      </li>
    </ul>
  );
}

function PartyNavigation(props: { role: 'contact' | 'fg' }) {
  const t = portalTexts(useLanguage());
  return (
    <ul>
      <li>
        <a href={pathTo('myTasks')}>{t.nav.myTasks}</a>
      </li>
      <li>
        <a href={pathTo('allRequests')}>{t.nav.allRequests}</a>
      </li>
      {props.role === 'fg' ? (
        <>
          <li>
            <a href={pathTo('fgDashboard')}>{t.nav.fgDashboard}</a>
          </li>
          <li>
            <a href={pathTo('fgFigures')}>{t.nav.fgFigures}</a>
          </li>
        </>
      ) : (
        <>
          <li>
            <a href={pathTo('register')}>{t.nav.register}</a>
          </li>
          <li>
            <a href={pathTo('absencePage')}>{t.nav.absence}</a>
          </li>
        </>
      )}
    </ul>
  );
}

import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { pathTo, routeIdOf } from '#routes';
import { cognitoIdentityAdmin } from '#adapters/identity-admin';
import { once } from '#adapters/once';
import { regionStore } from '#adapters/region-store';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import {
  changeRegion,
  invitePerson,
  MAX_LOGO_BYTES,
  type RegionAdminDeps,
  restoreVersion,
  setPersonStatus,
  uploadLogo,
  versionOf,
} from '#application/region-admin';
import { amsterdamDate } from '#core/calendar-date';
import type { FieldError } from '#core/field-errors';
import { overlegOfRegion, ownRegion, partyOfRegion, regionOverview } from '#core/region-admin';
import type { Region } from '#core/region-config';
import { beheerTexts } from '#texts/catalogue';
import { DEFAULT_LANGUAGE } from '#texts/language';
import {
  type FormValues,
  overlegFormValues,
  partyFormValues,
  regionFormValues,
  renderOverlegForm,
  renderPartyForm,
  renderRegionForm,
} from '#views/beheer-forms';
import { renderBeheerHome, renderBeheerPeople, renderBeheerPreview, renderBeheerVersion } from '#views/beheer-pages';
import { renderMessagePage } from '#views/error-page';
import type { PortalChrome } from '#views/portal-layout';
import type { PostedForm } from './http/form-body';
import { htmlResponse, redirectResponse } from './http/responses';
import { beheerHandler } from './http/beheer-session';

/**
 * The beheer pages (/portaal/beheer): a beheerder's own region only. Every
 * change goes form, then the diff to check (beheerPreview), then save
 * (beheerSave); after a save, back to the home page with a notice (Post/Redirect/Get).
 */
const T = beheerTexts(DEFAULT_LANGUAGE);
const NOTICES: Record<string, string> = { opgeslagen: T.saved, uitgezet: T.people.disabled, aangezet: T.people.enabled, verwijderd: T.people.removed };

const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, regions: regionStore(runtime.table), identity: cognitoIdentityAdmin(runtime.env) } satisfies RegionAdminDeps & typeof runtime;
});

const notFound = () =>
  htmlResponse(
    404,
    renderMessagePage({ kind: 'portal', title: T.notFound.title, paragraphs: [T.notFound.text], link: { href: pathTo('beheerHome'), text: T.notFound.back } }),
  );
const conflict = () =>
  htmlResponse(
    409,
    renderMessagePage({ kind: 'portal', title: T.conflict.title, paragraphs: [T.conflict.text], link: { href: pathTo('beheerHome'), text: T.conflict.back } }),
  );

/** Posted values for a form shown again after an error. */
const posted = (fields: URLSearchParams): FormValues => ({ get: (name) => fields.get(name) ?? '', getAll: (name) => fields.getAll(name) });

export const handler = beheerHandler(
  async (event, user, csrf, form) => {
    const runtime = await refreshConfiguration(deps());
    const region = ownRegion(runtime.config.directory, user);
    if (!region) return notFound();
    const chrome: PortalChrome = { csrf, partyName: region.name, role: 'beheer' };
    const version = runtime.config.directory.regionVersion(region.id);
    const key = event.queryStringParameters?.gelukt ?? '';
    const notice = Object.hasOwn(NOTICES, key) ? NOTICES[key] : undefined;
    const param = (name: string) => event.pathParameters?.[name] ?? '';

    switch (routeIdOf(event.routeKey)) {
      case 'beheerHome': {
        const versions = await runtime.regions.versions(region.id);
        const overview = regionOverview(runtime.config.directory, region, amsterdamDate(runtime.clock.now()));
        return htmlResponse(200, renderBeheerHome({ chrome, overview, versions, people: runtime.config.directory.peopleOfRegion(region.id), notice }));
      }
      case 'beheerParty': {
        const party = param('party') === 'nieuw' ? undefined : partyOfRegion(region, param('party'));
        if (param('party') !== 'nieuw' && !party) return notFound();
        return htmlResponse(200, renderPartyForm({ chrome, region, version, party, values: partyFormValues(party), errors: [] }));
      }
      case 'beheerOverleg': {
        const overleg = overlegOfRegion(region, param('overleg'));
        if (!overleg) return notFound();
        return htmlResponse(200, renderOverlegForm({ chrome, region, version, overleg, values: overlegFormValues(overleg), errors: [] }));
      }
      case 'beheerRegion':
        return htmlResponse(200, renderRegionForm({ chrome, region, version, values: regionFormValues(region), errors: [] }));
      case 'beheerPreview':
      case 'beheerSave': {
        const save = routeIdOf(event.routeKey) === 'beheerSave';
        const outcome = await changeRegion(runtime, user, form.fields, save);
        switch (outcome.outcome) {
          case 'invalid':
            return formAgain(chrome, region, version, form, outcome.errors);
          case 'preview':
            return htmlResponse(
              200,
              renderBeheerPreview({
                chrome,
                changes: outcome.changes,
                fields: [...form.fields].filter(([name]) => name !== 'csrf'),
                back: backTo(form.fields, region),
              }),
            );
          case 'saved':
            return redirectResponse(pathTo('beheerHome', {}, { gelukt: 'opgeslagen' }));
          case 'conflict':
            return conflict();
          case 'not-found':
            return notFound();
        }
        break;
      }
      case 'beheerVersion': {
        const found = await versionOf(runtime, user, Number(param('version')));
        if (!found) return notFound();
        return htmlResponse(200, renderBeheerVersion({ chrome, ...found, people: runtime.config.directory.peopleOfRegion(region.id) }));
      }
      case 'beheerRestore': {
        const outcome = await restoreVersion(runtime, user, Number(param('version')), Number(form.fields.get('versie')));
        if (outcome.outcome === 'restored') return redirectResponse(pathTo('beheerHome', {}, { gelukt: 'opgeslagen' }));
        if (outcome.outcome === 'conflict') return conflict();
        if (outcome.outcome === 'invalid')
          return htmlResponse(400, renderMessagePage({ kind: 'portal', title: T.errors.summary, paragraphs: outcome.errors.map((error) => error.message) }));
        return notFound();
      }
      case 'beheerPeople':
        return peoplePage(runtime, chrome, region, { values: { name: '', email: '', party: '', role: '' }, errors: [], notice });
      case 'beheerInvite': {
        const outcome = await invitePerson(runtime, user, form.fields);
        if (outcome.outcome === 'not-found') return notFound();
        if (outcome.outcome === 'invalid') {
          const values = {
            name: form.fields.get('name') ?? '',
            email: form.fields.get('email') ?? '',
            party: form.fields.get('party') ?? '',
            role: form.fields.get('role') ?? '',
          };
          return peoplePage(runtime, chrome, region, { values, errors: outcome.errors, status: 400 });
        }
        // Shown once, on this answer to the post: the password is in no URL, no mail and no table.
        return peoplePage(runtime, chrome, region, {
          values: { name: '', email: '', party: '', role: '' },
          errors: [],
          invited: { name: outcome.name, temporaryPassword: outcome.temporaryPassword },
        });
      }
      case 'beheerPersonStatus': {
        const status = form.fields.get('status') ?? '';
        if ((await setPersonStatus(runtime, user, param('person'), status)) === 'not-found') return notFound();
        const notice = status === 'disabled' ? 'uitgezet' : status === 'removed' ? 'verwijderd' : 'aangezet';
        return redirectResponse(pathTo('beheerPeople', {}, { gelukt: notice }));
      }
      case 'beheerLogo': {
        const outcome = await uploadLogo(runtime, user, {
          bytes: form.files.get('logo'),
          alt: form.fields.get('logoAlt') ?? '',
          expectedVersion: Number(form.fields.get('versie')),
        });
        if (outcome.outcome === 'invalid' && 'message' in outcome)
          return htmlResponse(
            400,
            renderRegionForm({
              chrome,
              region,
              version,
              values: regionFormValues(region),
              errors: [],
              logoError: { field: outcome.field, message: outcome.message },
            }),
          );
        if (outcome.outcome === 'saved') return redirectResponse(pathTo('beheerHome', {}, { gelukt: 'opgeslagen' }));
        if (outcome.outcome === 'conflict') return conflict();
        return notFound();
      }
    }
    return notFound();
  },
  MAX_LOGO_BYTES + 16 * 1024,
);

/** The form the change came from, with what was typed and the problems. */
function formAgain(chrome: PortalChrome, region: Region, version: number, form: PostedForm, errors: FieldError[]): APIGatewayProxyStructuredResultV2 {
  const values = posted(form.fields);
  const subject = form.fields.get('onderwerp') ?? '';
  switch (form.fields.get('wijziging')) {
    case 'organisatie':
      return htmlResponse(400, renderPartyForm({ chrome, region, version, party: partyOfRegion(region, subject), values, errors }));
    case 'overleg': {
      const overleg = overlegOfRegion(region, subject);
      return overleg ? htmlResponse(400, renderOverlegForm({ chrome, region, version, overleg, values, errors })) : notFound();
    }
    default:
      return htmlResponse(400, renderRegionForm({ chrome, region, version, values, errors }));
  }
}

function backTo(fields: URLSearchParams, region: Region): string {
  const subject = fields.get('onderwerp') ?? '';
  switch (fields.get('wijziging')) {
    case 'organisatie':
      return pathTo('beheerParty', { party: partyOfRegion(region, subject) ? subject : 'nieuw' });
    case 'overleg':
      return pathTo('beheerOverleg', { overleg: subject });
    default:
      return pathTo('beheerRegion');
  }
}

async function peoplePage(
  runtime: RegionAdminDeps,
  chrome: PortalChrome,
  region: Region,
  page: {
    values: { name: string; email: string; party: string; role: string };
    errors: FieldError[];
    invited?: { name: string; temporaryPassword: string };
    notice?: string;
    status?: number;
  },
): Promise<APIGatewayProxyStructuredResultV2> {
  // From the table, not the cache: a status just changed and a sign-in just made show at once.
  const people = (await runtime.regions.load()).people.filter((person) => person.regionId === region.id).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return htmlResponse(page.status ?? 200, renderBeheerPeople({ chrome, region, people, ...page }));
}

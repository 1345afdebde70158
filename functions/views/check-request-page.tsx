import { pathIn } from '#routes';
import type { Directory } from '#core/directory';
import { schoolValue } from '#core/overleg-finder';
import type { Region } from '#core/region-config';
import { UNKNOWN_OVERLEG } from '#core/request-kinds';
import { isPrincipalRole, isRepresentativeKind, isRequestType, isRequesterRole } from '#core/request-kinds';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { formTexts, termsTexts } from '#texts/catalogue';
import { shortDate } from '#texts/format';
import { Layout } from './layout';
import { forOwner, renderPage, useLanguage } from './render';
import { siteOwnerOf } from './site-owner';
import { dateFromBoxes, OVERLEG_SEPARATOR, type RequestFormValues } from './request-form-fields';

/** The form's fields that travel, hidden, through the check step: what the requester typed, exactly. */
export function HiddenValues(props: { values: RequestFormValues; regionId: string }) {
  const { values } = props;
  const single = Object.entries(values).filter(([name]) => name !== 'types') as Array<[string, string]>;
  return (
    <>
      <input type="hidden" name="regio" value={props.regionId} />
      {single.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {values.types.map((type) => (
        <input type="hidden" name="types" value={type} />
      ))}
    </>
  );
}

/** One answer with its change button: back to the form, at that field, with everything typed. */
function Row(props: { label: string; value: string; field: string }) {
  const language = useLanguage();
  const t = formTexts(language).check;
  return (
    <div class="avg-check-row">
      <dt>{props.label}</dt>
      <dd>{props.value || t.empty}</dd>
      <dd class="avg-check-row__change">
        <button type="submit" name="stap" value="wijzigen" formaction={`${pathIn(language, 'form')}#${props.field}`} class="avg-link-button">
          {t.change}
          <span class="avg-visually-hidden"> {props.label.toLowerCase()}</span>
        </button>
      </dd>
    </div>
  );
}

/**
 * "Controleer uw verzoek" (the GOV.UK and NL Design System check step): every
 * answer once more in plain words, each with a change button, and only then
 * the button that sends. Nothing is stored before that button.
 */
export function renderCheckRequestPage(
  args: { directory: Directory; region: Region; values: RequestFormValues },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = formTexts(language);
  const terms = termsTexts(language);
  const { region, values, directory } = args;
  const [, overlegId = ''] = values.overleg.split(OVERLEG_SEPARATOR);
  const overleg = directory.casusoverleg(region.id, overlegId);
  const central = region.centralContact ? directory.party(region.centralContact)?.name : undefined;
  const overlegText = overlegId === UNKNOWN_OVERLEG ? t.check.unknownOverleg(central ?? '') : (overleg?.name ?? '');
  const school = (region.schools ?? []).find((candidate) => schoolValue(candidate) === values.school);
  const dateOfBirth = dateFromBoxes(values.dobDay, values.dobMonth, values.dobYear);
  const variableParty = values.variablePartyId ? directory.party(values.variablePartyId)?.name : undefined;
  return forOwner(siteOwnerOf(directory, region.id), () =>
    renderPage(
      <Layout title={t.check.title} inLanguage={(other) => pathIn(other, 'form', {}, { regio: region.id })}>
        <h1>{t.check.title}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t.check.lead}</p>
        <form method="post" action={pathIn(language, 'form')} novalidate>
          <HiddenValues values={values} regionId={region.id} />
          <h2>{t.check.overleg}</h2>
          <dl class="summary-list avg-check-list">
            {values.gemeente && <Row label={t.check.municipality} value={values.gemeente} field="school" />}
            {(region.schools ?? []).length > 0 && (
              <Row label={t.finder.school} value={school ? `${school.name}, ${school.place}` : t.finder.noSchool} field="school" />
            )}
            <Row label={t.check.overlegLabel} value={overlegText} field="overleg" />
            {variableParty && <Row label={t.variableParty.label} value={variableParty} field="variablePartyId" />}
          </dl>
          <h2>{t.check.what}</h2>
          <dl class="summary-list avg-check-list">
            <Row label={t.types.legend} value={values.types.filter(isRequestType).map(terms.plainRequestType).join(', ')} field="types" />
            <Row label={t.details.label} value={values.details} field="details" />
          </dl>
          <h2>{t.check.you}</h2>
          <dl class="summary-list avg-check-list">
            <Row label={t.you.legend} value={isRequesterRole(values.role) ? t.you.roles[values.role] : ''} field="role" />
            {values.role === 'gemachtigde' && (
              <>
                <Row label={t.actingFor.role} value={isPrincipalRole(values.actsForRole) ? t.actingFor.roles[values.actsForRole] : ''} field="actsForRole" />
                <Row label={t.actingFor.name} value={values.actsForName} field="actsForName" />
                <Row
                  label={t.actingFor.kind}
                  value={isRepresentativeKind(values.representativeKind) ? t.actingFor.kinds[values.representativeKind] : ''}
                  field="representativeKind"
                />
              </>
            )}
            <Row label={t.you.name} value={values.name} field="name" />
            <Row label={t.you.email} value={values.email} field="email" />
            <Row label={t.you.phone} value={values.phone} field="phone" />
          </dl>
          <h2>{t.check.child}</h2>
          <dl class="summary-list avg-check-list">
            <Row label={t.child.name} value={values.childName} field="childName" />
            <Row label={t.child.dateOfBirth} value={dateOfBirth ? shortDate(language, dateOfBirth) : ''} field="dobDay" />
          </dl>
          {(values.coRole || values.coName || values.coEmail) && (
            <>
              <h2>{t.together.heading}</h2>
              <dl class="summary-list avg-check-list">
                <Row label={t.together.role} value={isPrincipalRole(values.coRole) ? t.together.roles[values.coRole] : ''} field="coRole" />
                <Row label={t.together.name} value={values.coName} field="coName" />
                <Row label={t.together.email} value={values.coEmail} field="coEmail" />
              </dl>
            </>
          )}
          <h2>{t.send.heading}</h2>
          <p>{t.send.text}</p>
          <button class="utrecht-button utrecht-button--primary-action" type="submit" name="stap" value="versturen">
            {t.send.button}
          </button>
        </form>
      </Layout>,
      language,
    ),
  );
}

import { pathIn } from '#routes';
import type { MunicipalityChoice } from '#core/overleg-finder';
import { DEFAULT_LANGUAGE, type Language } from '#texts/language';
import { formTexts } from '#texts/catalogue';
import { ErrorSummary, SelectGroup, SubmitButton } from './components';
import { Layout } from './layout';
import { renderPage } from './render';

/**
 * The form's first step, a GET form that works without JavaScript: the
 * municipality where the child lives or goes to school names the region, and
 * the form then shows only that region's schools and overleggen.
 */
export function renderFindOverlegPage(
  args: { municipalities: MunicipalityChoice[]; chosen?: string; error?: string },
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = formTexts(language);
  const errors = args.error ? [{ field: 'gemeente', message: args.error }] : [];
  return renderPage(
    <Layout title={t.title} hasErrors={errors.length > 0} inLanguage={(other) => pathIn(other, 'form')}>
      <ErrorSummary errors={errors} />
      <h1>{t.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t.lead}</p>
      <p>{t.once}</p>
      <form method="get" action={pathIn(language, 'form')} novalidate>
        <SelectGroup id="gemeente" label={t.find.legend} hint={t.find.hint} error={args.error} autocomplete="address-level2">
          <option value="">{t.find.choose}</option>
          {args.municipalities.map((municipality) => (
            <option value={municipality.name} selected={args.chosen === municipality.name}>
              {municipality.name}
            </option>
          ))}
        </SelectGroup>
        <p>{t.find.notListed}</p>
        <SubmitButton>{t.find.button}</SubmitButton>
      </form>
    </Layout>,
    language,
  );
}

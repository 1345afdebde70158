import { renderMessagePage } from '#views/error-page';
import { htmlResponse } from './responses';
import { pathTo } from '#routes';

/** Another party's request and a request that does not exist look the same. */
export const forbidden = () =>
  htmlResponse(
    403,
    renderMessagePage({
      title: 'Geen toegang',
      paragraphs: ['U kunt dit verzoek niet bekijken. Alleen organisaties waarnaar het verzoek is gestuurd, zien het.'],
      link: { href: pathTo('myTasks'), text: 'Naar mijn taken' },
    }),
  );

export const conflict = (reference: string) =>
  htmlResponse(
    409,
    renderMessagePage({
      title: 'Iemand was u voor',
      paragraphs: ['Iemand anders heeft dit verzoek net gewijzigd. Er is niets van u opgeslagen. Bekijk de nieuwe stand en probeer het zo nodig opnieuw.'],
      link: { href: pathTo('casePage', { reference }), text: 'Naar het verzoek' },
    }),
  );

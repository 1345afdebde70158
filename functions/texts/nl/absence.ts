/** A contact person's absence page: who stands in, and when. */
export const absence = {
  title: 'Afwezig',
  intro:
    'Bent u een tijd weg, bijvoorbeeld met vakantie? Kies een collega die u vervangt. In die tijd krijgt uw collega de mail over verzoeken, en ziet iedereen wie er namens u werkt.',
  current: (name: string, from: string, until: string) => `${name} vervangt u van ${from} tot en met ${until}.`,
  none: 'U heeft nu geen vervanger.',
  noColleagues: 'Uw organisatie heeft geen andere contactpersoon. Vraag de beheerder van uw regio om een collega uit te nodigen.',
  deputy: 'Wie vervangt u?',
  from: 'Van',
  until: 'Tot en met',
  dateHint: 'Bijvoorbeeld 21 12 2026.',
  save: 'Vervanger opslaan',
  clear: 'Ik ben terug: geen vervanger meer',
  saved: 'Uw vervanger is opgeslagen.',
  cleared: 'U heeft geen vervanger meer. De mail komt weer bij u.',
  errors: {
    deputy: 'Kies een collega van uw organisatie',
    from: 'Vul de eerste dag in als dag, maand en jaar',
    until: 'Vul de laatste dag in als dag, maand en jaar',
    order: 'De laatste dag moet na de eerste dag liggen',
    past: 'De laatste dag is al voorbij',
    tooLong: 'Kies hoogstens 92 dagen. Bent u langer weg? Vraag de beheerder om een andere contactpersoon.',
  },
};

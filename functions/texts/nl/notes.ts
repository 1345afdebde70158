/** Berichten: notes between the coordinator and one party on a request (core/notes.ts). */
export const notes = {
  title: 'Berichten',
  introCoordinator: 'Stel een organisatie een vraag over haar deel, hier in het portaal en niet per e-mail. Alleen u en die organisatie lezen het bericht.',
  introParty: 'Berichten tussen uw organisatie en het aanspreekpunt. Andere organisaties lezen ze niet.',
  none: 'Er zijn nog geen berichten.',
  meta: (when: string, from: string, to: string) => `${when}, van ${from} aan ${to}`,
  toCoordinator: 'het aanspreekpunt',
  formTitle: 'Nieuw bericht',
  to: 'Aan welke organisatie?',
  text: 'Uw bericht',
  hint: (max: number) => `Schrijf alleen wat nodig is. Hoogstens ${max} tekens. De ontvanger krijgt een e-mail dat er een bericht is, zonder de tekst.`,
  button: 'Bericht plaatsen',
};

import type { PluralForms } from '../format';

/** The requester's status page. */
export const status = {
  title: (reference: string) => `Uw verzoek ${reference}`,
  heading: 'Uw verzoek {reference}',
  /** Only on a translated page: which text counts (Awb 2:6: the decision is Dutch). */
  translationNote: null as string | null,
  status: 'Status',
  receivedOn: 'Ontvangen op',
  deadline: 'Antwoord uiterlijk',
  pausedUntil: (date: string) => `De termijn staat stil tot u de vraag hieronder beantwoordt. Daarna schuift de datum op. Tot nu toe: ${date}`,
  extended: 'Termijn verlengd',
  extendedBy: { one: 'Met # maand. Reden: ', other: 'Met # maanden. Reden: ' } satisfies PluralForms,
  types: 'Gevraagd',
  questionTitle: 'Wij hebben een vraag',
  machtigingTitle: 'Stuur de machtiging mee',
  machtigingText:
    'U vraagt dit namens iemand anders. Stuur daarom een machtiging mee: een brief waarin die persoon zegt dat u het namens hem of haar mag vragen, met een kopie van een identiteitsbewijs waarop het BSN en de foto zijn afgeschermd. Zonder machtiging kan de organisatie geen gegevens aan u geven.',
  machtigingLink: 'Naar "Een bestand meesturen"',
  answerLabel: 'Uw antwoord',
  answerButton: 'Antwoord versturen',
  /** The rules of the answer (core/request-lifecycle.ts, answerClarification), in the page's words. */
  answerRules: {
    missing: 'Schrijf uw antwoord.',
    tooLong: (max: number) => `Uw antwoord is te lang. Gebruik hoogstens ${max} tekens.`,
    noQuestionOpen: 'Er staat geen vraag voor u open.',
  },
  whoTitle: 'Wie werkt eraan?',
  party: (name: string, coordinator: boolean, answered: boolean) =>
    `${name}${coordinator ? ' (aanspreekpunt: u krijgt van hen het antwoord)' : ''}: ${answered ? 'heeft gezocht en geantwoord' : 'zoekt nog'}`,
  passedOnTitle: 'Doorgegeven aan andere organisaties',
  passedOn: (from: string, to: string) => `${from} heeft gegevens aangepast en dit doorgegeven aan: ${to}.`,
  decisionTitle: { whole: 'Het besluit', partial: 'Het deelbesluit', supplementary: 'Het aanvullende besluit' },
  decidedOn: (date: string) => `Verstuurd op ${date}.`,
  inzageTitle: 'Welke gegevens de organisaties hebben',
  categories: (list: string) => `Soorten gegevens: ${list}`,
  detailsSummary: 'Meer over deze gegevens, en de kopie',
  partFiles: 'Bestanden',
  files: { one: '# bestand', other: '# bestanden' } satisfies PluralForms,
  partFilesClosed: (count: string) => `Bij dit antwoord horen ${count}. Om ze te openen, vraagt u eerst een code.`,
  toCode: 'Naar de code',
  letter: 'Dit besluit als brief (PDF), om te bewaren of te printen:',
  letterClosed: 'Dit besluit staat ook in een brief (PDF). Om die te openen, vraagt u eerst een code.',
};

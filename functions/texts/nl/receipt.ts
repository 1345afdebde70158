/**
 * The receipt after the form, and the confirmation pages. `{name}` marks
 * where the page puts a value with markup of its own (a reference in bold).
 */
export const receipt = {
  title: 'Verzoek ontvangen',
  reference: 'Uw kenmerk is {reference}',
  receivedOn: (date: string) => `Wij hebben uw verzoek ontvangen op ${date}.`,
  answerBy: 'U krijgt antwoord {deadline}.',
  deadline: (date: string) => `uiterlijk ${date}`,
  nextTitle: 'Wat gebeurt er nu?',
  steps: {
    confirm: (until: string) =>
      `Wij sturen u een e-mail. Klik op de link in die e-mail om te bevestigen dat het uw e-mailadres is. Doe dat vóór ${until}. Anders vervalt het verzoek.`,
    route: 'Daarna sturen wij uw verzoek naar alle organisaties van het overleg.',
    search: 'Elke organisatie zoekt welke gegevens zij heeft over het kind.',
    answer: 'U krijgt één antwoord van de organisatie die het overleg regelt.',
  },
  extension:
    'Duurt het langer omdat het verzoek ingewikkeld is? Dan hoort u dat binnen een maand, met de reden. De termijn kan dan met hoogstens twee maanden worden verlengd.',
  keepReference: 'Bewaar uw kenmerk. Noem het als u contact met ons opneemt.',
};

export const confirm = {
  questionTitle: 'Verzoek bevestigen',
  question: 'U bevestigt uw privacyverzoek met kenmerk {reference}. Daarna sturen wij het naar de organisaties van het overleg.',
  button: 'Ja, bevestig mijn verzoek',
  doneTitle: 'Verzoek bevestigd',
  alreadyTitle: 'Uw verzoek was al bevestigd',
  reference: 'Kenmerk {reference}',
  routedTo: 'Wij hebben uw verzoek doorgestuurd naar deze organisaties:',
  /** The co-requester's link (core/co-requester.ts). */
  together: {
    questionTitle: 'Meedoen met het verzoek',
    question:
      'U bent genoemd als iemand die samen met de aanvrager het privacyverzoek met kenmerk {reference} doet. Doet u mee? Dan leest u het verzoek op uw eigen statuspagina en krijgt u ook het antwoord.',
    button: 'Ja, ik doe mee',
    doneTitle: 'U doet mee met het verzoek',
    alreadyTitle: 'U deed al mee met het verzoek',
    toStatus: 'Naar uw statuspagina',
    keepLink: 'Bewaar de link van uw statuspagina. Wij sturen hem ook mee in elke e-mail over het verzoek.',
  },
};

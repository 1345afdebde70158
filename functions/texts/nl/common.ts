/** Shared by the forms of every page: the error summary, field errors, the date boxes. */
export const common = {
  errorSummaryTitle: 'Er ging iets mis',
  errorSummaryIntro: 'Verbeter deze punten en verstuur het formulier opnieuw:',
  fieldErrorPrefix: 'Fout: ',
  day: 'Dag',
  month: 'Maand',
  year: 'Jaar',
};

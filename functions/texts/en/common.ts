import type { common as nl } from '../nl/common';

export const common: typeof nl = {
  errorSummaryTitle: 'Something went wrong',
  errorSummaryIntro: 'Please correct these points and send the form again:',
  fieldErrorPrefix: 'Error: ',
  day: 'Day',
  month: 'Month',
  year: 'Year',
};

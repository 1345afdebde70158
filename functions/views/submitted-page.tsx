import { formatDutchDate, type IsoDate } from '#core/calendar-date';
import { confirmableUntil } from '#core/request-record';
import { Layout } from './layout';
import { renderPage } from './render';

export function renderSubmittedPage(args: { reference: string; receivedOn: IsoDate; deadline: IsoDate }): string {
  return renderPage(
    <Layout title="Verzoek ontvangen">
      <div class="avg-panel" role="status">
        <h1>Verzoek ontvangen</h1>
        <p>
          Uw kenmerk is <strong class="avg-reference">{args.reference}</strong>
        </p>
      </div>
      <p>Wij hebben uw verzoek ontvangen op {formatDutchDate(args.receivedOn)}.</p>
      <p>
        U krijgt antwoord <strong>uiterlijk {formatDutchDate(args.deadline)}</strong>.
      </p>
      <h2>Wat gebeurt er nu?</h2>
      <ol class="steps">
        <li>
          Wij sturen u een e-mail. Klik op de link in die e-mail om te bevestigen dat het uw e-mailadres is. Doe dat vóór{' '}
          {formatDutchDate(confirmableUntil(args.receivedOn))}. Anders vervalt het verzoek.
        </li>
        <li>Daarna sturen wij uw verzoek naar alle organisaties van het overleg.</li>
        <li>Elke organisatie zoekt welke gegevens zij heeft over het kind.</li>
        <li>U krijgt één antwoord van de organisatie die het overleg regelt.</li>
      </ol>
      <p>
        Duurt het langer omdat het verzoek ingewikkeld is? Dan hoort u dat binnen een maand, met de reden. De termijn kan dan met hoogstens twee maanden worden
        verlengd.
      </p>
      <p>Bewaar uw kenmerk. Noem het als u contact met ons opneemt.</p>
    </Layout>,
  );
}

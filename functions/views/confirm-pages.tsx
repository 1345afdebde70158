import { formatDutchDate, type IsoDate } from '#core/calendar-date';
import { Layout } from './layout';
import { renderPage } from './render';
import { pathTo } from '#routes';

export function renderConfirmQuestion(args: { reference: string; token: string }): string {
  return renderPage(
    <Layout title="Verzoek bevestigen">
      <h1>Verzoek bevestigen</h1>
      <p>
        U bevestigt uw privacyverzoek met kenmerk <strong class="avg-reference">{args.reference}</strong>. Daarna sturen wij het naar de organisaties van het
        overleg.
      </p>
      <form method="post" action={pathTo('confirm', { token: args.token })}>
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          Ja, bevestig mijn verzoek
        </button>
      </form>
    </Layout>,
  );
}

export function renderConfirmed(args: { reference: string; deadline: IsoDate; partyNames: string[]; alreadyConfirmed: boolean }): string {
  return renderPage(
    <Layout title="Verzoek bevestigd">
      <div class="avg-panel" role="status">
        <h1>{args.alreadyConfirmed ? 'Uw verzoek was al bevestigd' : 'Verzoek bevestigd'}</h1>
        <p>
          Kenmerk <strong class="avg-reference">{args.reference}</strong>
        </p>
      </div>
      <p>Wij hebben uw verzoek doorgestuurd naar deze organisaties:</p>
      <ul>
        {args.partyNames.map((name) => (
          <li>{name}</li>
        ))}
      </ul>
      <p>
        U krijgt antwoord <strong>uiterlijk {formatDutchDate(args.deadline)}</strong>.
      </p>
    </Layout>,
  );
}

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type Beheerder, isBeheerder } from '#adapters/portal-user';
import { pathTo } from '#routes';
import { renderMessagePage } from '#views/error-page';
import { type PostedForm, readPostedForm } from './form-body';
import { htmlResponse } from './responses';
import { sessionHandler, WRONG_PLACE } from './session';

export type BeheerHandlerFunction = (
  event: APIGatewayProxyEventV2,
  user: Beheerder,
  csrf: string,
  form: PostedForm,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The wrapper for the beheer pages: only a beheerder, and only of the region
 * the group names. Their forms may carry a file (the logo), so the body is read
 * here once, multipart or not, with room for the largest logo.
 */
export function beheerHandler(fn: BeheerHandlerFunction, maxBodyBytes: number) {
  return sessionHandler(
    async (user, event, csrf, form) => {
      if (isBeheerder(user)) return fn(event, user, csrf, form ?? { fields: new URLSearchParams(), files: new Map() });
      return htmlResponse(
        403,
        renderMessagePage({
          kind: 'portal',
          title: WRONG_PLACE.title,
          paragraphs: [WRONG_PLACE.forParties],
          link: { href: pathTo('myTasks'), text: WRONG_PLACE.toMyTasks },
        }),
      );
    },
    (event) => readPostedForm(event, maxBodyBytes),
  );
}

import { pageCaseFiles } from '#adapters/case-store';
import { bucketAccess } from '#adapters/document-bucket';
import { bucketOrigin } from '#adapters/document-signing';
import { documentSigner } from '#adapters/document-signer';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { newDocumentId } from '#adapters/tokens';
import { addDocument, inspectDocument, openDocument, uploadFormFor } from '#application/documents';
import { loadCaseView } from '#application/case-file';
import { renderFormProblemPage } from '#views/form-problem-page';
import { AddDocumentForm, InspectForm } from '#views/case-forms';
import { renderUploadPage } from '#views/upload-page';
import { pathTo, routeIdOf } from '#routes';
import { actorOf, chromeFor } from './http/portal-chrome';
import { conflict, forbidden } from './http/portal-responses';
import { readBody } from './http/request';
import { downloadRedirect, htmlResponse, redirectResponse, uploadPageResponse } from './http/responses';
import { portalHandler } from './http/session';

/**
 * A party's files: POST …/documenten describes one, GET …/documenten/{id}/uploaden
 * shows the form that posts it straight to the bucket, GET …/documenten/{id}
 * sends the browser to a one-minute download link. The checking step is a
 * function of its own (check-document.ts).
 */
const deps = once(() => {
  const runtime = getRuntime();
  return { ...runtime, cases: pageCaseFiles(runtime.table), signer: documentSigner(runtime.env), newDocumentId };
});

export const handler = portalHandler(async (event, user, csrf) => {
  const runtime = await refreshConfiguration(deps());
  const actor = actorOf(user);
  const reference = event.pathParameters?.reference ?? '';
  const documentId = event.pathParameters?.document ?? '';
  const chrome = chromeFor(runtime.config.directory, user, csrf);
  switch (routeIdOf(event.routeKey)) {
    case 'addDocument': {
      const form = new URLSearchParams(readBody(event));
      const result = await addDocument(runtime, actor, reference, form.get('title'));
      if (result.kind === 'added') return redirectResponse(pathTo('uploadPage', { reference, document: result.documentId }));
      if (result.kind === 'forbidden') return forbidden();
      if (result.kind === 'conflict') return conflict(reference);
      const view = await loadCaseView(runtime, actor, reference);
      if (!view) return forbidden();
      const errors = result.kind === 'invalid' ? result.errors : [{ path: 'title', message: result.message }];
      return htmlResponse(
        400,
        renderFormProblemPage({
          view,
          chrome,
          problem: { form: 'document', errors, values: { title: form.get('title') ?? '' } },
          forms: { document: AddDocumentForm },
        }),
      );
    }
    case 'uploadPage': {
      // S3 sends the browser back here with the bucket, key and ETag in the query; none of them names anyone.
      const back = `${runtime.env.PUBLIC_BASE_URL}${pathTo('casePage', { reference }, { gelukt: 'document' })}`;
      const result = await uploadFormFor(runtime, actor, reference, documentId, back);
      if (result.kind === 'forbidden') return forbidden();
      if (result.kind === 'already-uploaded') return redirectResponse(pathTo('casePage', { reference }));
      return uploadPageResponse(renderUploadPage({ chrome, document: result.document, form: result.form }), bucketOrigin(bucketAccess(runtime.env)));
    }
    case 'inspectDocument': {
      const form = new URLSearchParams(readBody(event));
      const result = await inspectDocument(runtime, actor, reference, documentId, form.get('reason'));
      if (result.kind === 'link') return downloadRedirect(result.url);
      if (result.kind === 'forbidden') return forbidden();
      const view = await loadCaseView(runtime, actor, reference);
      if (!view) return forbidden();
      const problem = { form: 'inzien' as const, errors: result.errors, values: { document: documentId, reason: form.get('reason') ?? '' } };
      return htmlResponse(400, renderFormProblemPage({ view, chrome, problem, forms: { inzien: InspectForm } }));
    }
    case 'openDocument': {
      const result = await openDocument(runtime, actor, reference, documentId);
      return result.kind === 'link' ? downloadRedirect(result.url) : forbidden();
    }
    default:
      return forbidden();
  }
});

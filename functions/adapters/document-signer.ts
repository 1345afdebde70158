import type { DocumentSigner } from '#application/ports';
import { bucketAccess, downloadLinkFor, uploadFormFor } from './document-bucket';
import type { Environment } from './environment';

/** The signing port on the environment's bucket; credentials are read at each signing, as Lambda may renew them. */
export function documentSigner(env: Environment): DocumentSigner {
  return {
    uploadForm: (reference, documentId, redirect, now) => uploadFormFor(bucketAccess(env), { reference, documentId, redirect, now }),
    downloadLink: (document, now) => downloadLinkFor(bucketAccess(env), document, now),
  };
}

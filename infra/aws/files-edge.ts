import { CfnOutput, Duration, type Stack } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  type ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { pathTo } from '#routes';
import { acknowledge, acknowledgeDistribution } from './naming';

/** S3's refusals of a browser's post or download: too large or malformed (400), expired or outside the policy (403), gone (404), a method it refuses (405). */
export const S3_REFUSALS = [400, 403, 404, 405] as const;

/**
 * The files distribution: CloudFront in front of the document bucket, so that
 * S3's own refusals (a file over 25 MB, an upload form or a download link
 * that expired), which S3 answers with XML and no error redirect, show a
 * Dutch page instead (`fileRefused`, served by the API).
 *
 * Browsers post uploads and follow download links here; the signature is the
 * bucket's own (documents.md): CloudFront forwards every request with the
 * bucket's host, the query string and the body, through a plain HTTPS origin
 * rather than origin access control, which would sign the request a second
 * time over the browser's signature. Nothing is cached.
 */
export function createFileDistribution(stack: Stack, deps: { bucket: Bucket; apiOrigin: HttpOrigin; securityHeaders: ResponseHeadersPolicy }): Distribution {
  const bucketOrigin = new HttpOrigin(deps.bucket.bucketRegionalDomainName, {
    protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    originSslProtocols: [OriginSslPolicy.TLS_V1_2],
  });
  const refusedPage = pathTo('fileRefused');
  const distribution = new Distribution(stack, 'FilesDistribution', {
    comment: 'avg-verzoeken: signed uploads and downloads of the document bucket, with a Dutch page for S3 refusals',
    defaultBehavior: {
      origin: bucketOrigin,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: deps.securityHeaders,
    },
    additionalBehaviors: {
      [refusedPage]: {
        origin: deps.apiOrigin,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        responseHeadersPolicy: deps.securityHeaders,
      },
    },
    // The status stays S3's, so a browser and a log still see a refusal; only the body is ours.
    errorResponses: S3_REFUSALS.map((httpStatus) => ({ httpStatus, responseHttpStatus: httpStatus, responsePagePath: refusedPage, ttl: Duration.seconds(0) })),
    httpVersion: HttpVersion.HTTP2_AND_3,
    priceClass: PriceClass.PRICE_CLASS_100,
  });
  acknowledgeDistribution(distribution);
  acknowledge(
    distribution,
    'AwsSolutions-CFR2',
    "Only requests S3 accepts by their own signature get through; WAF's body rules would read the bytes of a PDF as an attack and refuse it.",
  );
  acknowledge(
    distribution,
    'AwsSolutions-CFR7',
    "Origin access control would sign each request again over the browser's own S3 signature, which S3 then refuses; the bucket stays private and answers signed requests only.",
  );
  acknowledge(
    distribution,
    'AwsSolutions-CFR3',
    'Access logs would hold client addresses and signed URLs; every upload and download is in the audit trail instead.',
  );
  new CfnOutput(stack, 'FilesUrl', {
    value: `https://${distribution.distributionDomainName}`,
    description: 'Where browsers upload and download files (the document bucket behind CloudFront)',
  });
  return distribution;
}

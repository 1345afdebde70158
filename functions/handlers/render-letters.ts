import { caseFiles } from '#adapters/case-store';
import { documentObjects } from '#adapters/document-objects';
import { loadLetterFonts, renderLetterPdf } from '#adapters/letter-pdf';
import { pendingLetters } from '#adapters/letter-store';
import { once } from '#adapters/once';
import { getRuntime, refreshConfiguration } from '#adapters/runtime';
import { renderPendingLetters } from '#application/render-letters';
import { logger } from '#logger';

const deps = once(() => {
  const runtime = getRuntime();
  const fonts = loadLetterFonts(runtime.env.LETTER_FONT_DIR);
  return {
    ...runtime,
    letters: pendingLetters(runtime.table),
    cases: caseFiles(runtime.table),
    objects: documentObjects(runtime.env),
    render: (content: Parameters<typeof renderLetterPdf>[0], meta: Parameters<typeof renderLetterPdf>[2]) => renderLetterPdf(content, fonts, meta),
  };
});

/** Scheduled every minute: makes the decision letters still pending. */
export const handler = async () => {
  const report = await renderPendingLetters(await refreshConfiguration(deps()));
  if (report.made + report.refused + report.failed > 0) logger.info('decision letters', { ...report });
  return report;
};

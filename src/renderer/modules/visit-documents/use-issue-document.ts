import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IssuedVisitDocument } from '../../../shared/schemas/visit-documents';
import { useTRPC } from '../../api/client';
import { requestPdf, type PdfOutcome } from '../../components/show-pdf';

/**
 * Issuing one of the visit's documents from a click: the PDF opens (or downloads), the visit's
 * list refreshes, and the caller hears of the document.
 */
export function useIssueDocument(visitId: string, onIssued: (document: IssuedVisitDocument) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState<PdfOutcome | null>(null);
  const issue = <I>(mutate: (input: I, handlers: { onSuccess: (pdf: IssuedVisitDocument) => void; onError: () => void }) => void, input: I): void => {
    setShown(null);
    requestPdf(mutate, input, (document, outcome) => {
      setShown(outcome);
      void queryClient.invalidateQueries({ queryKey: trpc.documents.forVisit.queryKey({ visitId }) });
      onIssued(document);
    });
  };
  return { issue, shown };
}

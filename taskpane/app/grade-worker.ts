// Grades a list or an order ledger off the page's main thread, so the pane stays responsive and a
// grading can be cancelled (by terminating the worker). Messages carry plain data only: graders.ts.
import { answerGradeRequest, type GradeReply, type GradeRequest } from './graders';

self.onmessage = (event: MessageEvent<GradeRequest>) => answerGradeRequest(event.data, (message: GradeReply) => self.postMessage(message));

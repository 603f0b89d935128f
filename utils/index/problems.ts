/** One problem in the data files, phrased so a curator can find and fix it. */
export interface DataProblem {
  file: string;
  id: string;
  field: string;
  message: string;
}

/** The XML is not well-formed where we read it; the caller names the part. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

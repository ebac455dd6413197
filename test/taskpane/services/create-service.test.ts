import { createService, serviceFor } from "../../../src/taskpane/services/create-service";

const g = globalThis as Record<string, unknown>;

afterEach(() => delete g.Office);

describe("createService", () => {
  it("works on the live workbook when Office says the host is Excel", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) };
    expect((await createService()).mode).toBe("excel");
  });

  it("works on a file when office.js reports no host (the pane opened in a browser)", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    expect((await createService()).mode).toBe("file");
  });

  it("works on a file when office.js could not be loaded at all", async () => {
    expect((await createService()).mode).toBe("file");
  });

  it("works on a file in another Office application", () => {
    expect(serviceFor({ host: "Word" }).mode).toBe("file");
  });
});

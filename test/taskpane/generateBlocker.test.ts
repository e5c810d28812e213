import { generateBlocker } from "../../src/taskpane/generateBlocker";
import { initialState } from "../../src/taskpane/paneState";

const NOW = new Date(2024, 9, 7);

describe("generateBlocker", () => {
  it("returns an empty string when the report may be made", () => {
    expect(generateBlocker(initialState(null, NOW))).toBe("");
  });

  it("names the invalid period in step 3", () => {
    const state = initialState(null, NOW);
    state.period = { ...state.period, mode: "text", text: "volgend voorjaar" };
    expect(generateBlocker(state)).toBe(
      "Nog niet mogelijk: de periode in stap 3 is niet geldig. Kies een kwartaal of verbeter de tekst."
    );
  });

  describe("edge cases", () => {
    it("asks for at least one table when none is chosen, but not when the choice is the default", () => {
      const state = initialState(null, NOW);
      state.tables = [];
      expect(generateBlocker(state)).toBe(
        "Nog niet mogelijk: kies in stap 3 minstens één tabel voor het rapport."
      );
      state.tables = null;
      expect(generateBlocker(state)).toBe("");
    });

    it("ignores busy: the button checks that itself", () => {
      const state = initialState(null, NOW);
      state.busy = "generate";
      expect(generateBlocker(state)).toBe("");
    });
  });
});

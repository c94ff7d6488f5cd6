namespace ElectionTool.Features.Draw.Bundle;

/// <summary>The README.txt inside every bundle: what each file is and how to check it without the app.</summary>
public static class DrawBundleReadme
{
    public static string For(DrawBundle b) => $"""
        ElectionTool draw audit bundle — stage {b.Stage} ({DrawStages.Title(b.Stage)}), run {b.RunId}, election {b.ElectionId}
        Algorithm version: {b.AlgorithmVersion}

        FILES
          input.txt            the exact canonical input of the stage (UTF-8, one record per line, '\n' endings)
          output.txt           the exact canonical output of the stage
          seed.txt             the seed announced in the hall, exactly as used (no trailing newline)
          previous-output.txt  {(b.Stage == 1 ? "(not present: stage 1 builds on nothing)" : $"the output of stage {b.Stage - 1}, which this stage builds on")}
          manifest.txt         the recorded hashes and the people commitment

        RECORDED HASHES (compare with the figures announced in the hall and printed on the sealed sheet)
          input  SHA-256  {b.InputHash}
          output SHA-256  {b.OutputHash}
          people commitment SHA-256  {b.PeopleCommitment}

        HOW TO CHECK IT
          1. With the app, no database needed:
               dotnet run --project ElectionTool -- draw verify --bundle {b.FileName}
             or upload this zip on the page /draw/verify. It prints REPRODUCED, or names each part that differs
             (version, input, previous, seed, output, re-run).
          2. By hand, with any SHA-256 tool (e.g. sha256sum):
               sha256sum input.txt    must equal the input hash above; output.txt's 'input|' line says the same
               sha256sum output.txt   must equal the output hash above
               seed.txt               must equal output.txt's 'seed|' line
               sha256sum previous-output.txt   must equal input.txt's 'previous|' line (stages 2 and 3)
          3. Re-implement the stage from docs/draw-algorithm.md (generator, stage steps, serializations), run it on
             input.txt{(b.Stage == 1 ? "" : " and previous-output.txt")} with seed.txt, and compare your output text with output.txt byte for byte.

        THE PEOPLE BEHIND THE IDS
          The texts name people only by internal Id. The Id → person mapping is private: it is printed on the sealed
          sheet, and its SHA-256 is the people commitment above. docs/draw-algorithm.md ("Checking the people behind
          the Ids") says how an observer checks the printed orders against it.
        {(b.HoldsPersonalData ? "\n  WARNING: this run was drawn under ET-DRAW-1, whose input text carries names and EPIC numbers.\n  Do not publish this bundle.\n" : "")}
        """.Replace("\r\n", "\n");
}

using System.ComponentModel;
using System.Diagnostics;
using Lab.Infra.Config;

namespace Lab.Infra.Synth.Picture;

/// <summary>
/// Writes the picture of the lab next to a synth: <c>picture.dot</c> always, and <c>picture.svg</c> when Graphviz's
/// <c>dot</c> is installed (<c>apt-get install graphviz</c>).
/// </summary>
internal static class LabPictureFiles
{
    /// <summary>Writes both files into <paramref name="directory"/>; returns whether the SVG was written.</summary>
    public static bool Write(string directory, LabConfig lab, LabPlan plan)
    {
        var dot = LabPictureDot.Render(LabPictureModel.From(lab, plan));
        File.WriteAllText(Path.Combine(directory, "picture.dot"), dot);
        if (Svg(dot) is not { } svg)
        {
            return false;
        }
        File.WriteAllText(Path.Combine(directory, "picture.svg"), svg);
        return true;
    }

    /// <summary>The SVG that <c>dot</c> draws of <paramref name="dot"/>, or null when Graphviz is not installed.</summary>
    /// <exception cref="InvalidOperationException">dot rejects the graph or does not finish within a minute.</exception>
    public static string? Svg(string dot)
    {
        var info = new ProcessStartInfo("dot", "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            return null;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("dot did not finish drawing the picture within a minute");
            }
            return process.ExitCode == 0
                ? output.GetAwaiter().GetResult()
                : throw new InvalidOperationException($"dot could not draw the picture: {error.GetAwaiter().GetResult()}");
        }
    }
}

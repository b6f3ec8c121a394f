using System.Net.Sockets;
using System.Text;

namespace Lab.Tests.Live;

/// <summary>Reads server states from HAProxy's admin socket (<c>show stat</c>, CSV).</summary>
internal static class HaproxyStatsSocket
{
    /// <summary>The status (UP, DOWN, MAINT, ...) of each server of <paramref name="backend"/>, by server name.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StatusesAsync(string socketPath, string backend)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
        await socket.SendAsync(Encoding.ASCII.GetBytes("show stat\n"));
        var text = new StringBuilder();
        var buffer = new byte[65536];
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].TrimStart('#', ' ').Split(',');
        var status = Array.IndexOf(header, "status");
        return lines.Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == backend && f[1] is not "BACKEND" and not "FRONTEND")
            .ToDictionary(f => f[1], f => f[status].Split(' ')[0]);
    }
}

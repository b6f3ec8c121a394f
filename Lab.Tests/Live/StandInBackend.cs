using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Lab.Tests.Live;

/// <summary>
/// A stand-in for Fabio on one node: HTTP/1.1 (or HTTPS with a certificate) on a traffic port that answers every
/// request with 200 and its name, and plain HTTP <c>GET /health</c> on a health port. <see cref="Kill"/> drops both
/// listeners and resets every open connection, as the kernel does when the process dies.
/// </summary>
internal sealed class StandInBackend : IDisposable
{
    private readonly List<Socket> _open = [];
    private readonly X509Certificate2? _certificate;
    private TcpListener? _traffic;
    private TcpListener? _health;
    private int _served;

    public StandInBackend(string name, IPAddress address, int trafficPort, int? healthPort, X509Certificate2? certificate = null)
    {
        Name = name;
        Address = address;
        TrafficPort = trafficPort;
        HealthPort = healthPort;
        _certificate = certificate;
        Start();
    }

    public string Name { get; }

    public IPAddress Address { get; }

    public int TrafficPort { get; }

    public int? HealthPort { get; }

    /// <summary>Requests answered on the traffic port.</summary>
    public int Served => Volatile.Read(ref _served);

    public void Start()
    {
        _traffic = Listen(TrafficPort, _certificate, traffic: true);
        if (HealthPort is { } port)
        {
            _health = Listen(port, null, traffic: false);
        }
    }

    public void Kill()
    {
        _traffic?.Stop();
        _health?.Stop();
        _traffic = _health = null;
        lock (_open)
        {
            foreach (var socket in _open)
            {
                try
                {
                    socket.LingerState = new LingerOption(true, 0);
                    socket.Close();
                }
                catch (ObjectDisposedException)
                {
                }
            }
            _open.Clear();
        }
    }

    public void Dispose() => Kill();

    private TcpListener Listen(int port, X509Certificate2? certificate, bool traffic)
    {
        var listener = new TcpListener(Address, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start(256);
        _ = AcceptLoop(listener, certificate, traffic);
        return listener;
    }

    private async Task AcceptLoop(TcpListener listener, X509Certificate2? certificate, bool traffic)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            lock (_open)
            {
                _open.Add(socket);
            }
            _ = Serve(socket, certificate, traffic);
        }
    }

    private async Task Serve(Socket socket, X509Certificate2? certificate, bool traffic)
    {
        try
        {
            Stream stream = new NetworkStream(socket, ownsSocket: true);
            if (certificate is not null)
            {
                var tls = new SslStream(stream);
                await tls.AuthenticateAsServerAsync(certificate);
                stream = tls;
            }
            await using (stream)
            {
                var buffer = new byte[16384];
                var pending = new StringBuilder();
                while (true)
                {
                    var read = await stream.ReadAsync(buffer);
                    if (read == 0)
                    {
                        return;
                    }
                    pending.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    int end;
                    while ((end = pending.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal)) >= 0)
                    {
                        var head = pending.ToString(0, end);
                        pending.Remove(0, end + 4);
                        var path = head.Split(' ').ElementAtOrDefault(1) ?? "/";
                        var body = traffic ? $"{Name}\n" : path == "/health" ? "OK\n" : "";
                        var status = traffic || path == "/health" ? "200 OK" : "404 Not Found";
                        if (traffic)
                        {
                            Interlocked.Increment(ref _served);
                        }
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(
                            $"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {body.Length}\r\n\r\n{body}"));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            // A killed backend, or a client that hung up (or refused our certificate).
        }
        finally
        {
            lock (_open)
            {
                _open.Remove(socket);
            }
        }
    }
}

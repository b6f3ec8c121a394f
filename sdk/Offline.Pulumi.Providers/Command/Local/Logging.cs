using System;

namespace Pulumi.Command.Local;

[EnumType]
public readonly struct Logging : IEquatable<Logging>
{
    private readonly string _value;

    private Logging(string value)
    {
        _value = value;
    }

    public static Logging Stdout { get; } = new("stdout");

    public static Logging Stderr { get; } = new("stderr");

    public static Logging StdoutAndStderr { get; } = new("stdoutAndStderr");

    public static Logging None { get; } = new("none");

    public static bool operator ==(Logging left, Logging right) => left.Equals(right);

    public static bool operator !=(Logging left, Logging right) => !left.Equals(right);

    public static explicit operator string(Logging value) => value._value;

    public override bool Equals(object? obj) => obj is Logging other && Equals(other);

    public bool Equals(Logging other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    public override int GetHashCode() => _value is null ? 0 : _value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => _value;
}

namespace Lab.Tests.Fuzz.Mutations;

/// <summary>
/// Values that YAML or a reader can take in more than one way, or not at all: YAML 1.1 booleans, nulls, numbers at
/// and past the limits of an int, YAML's hex, octal and special floats, tags, timestamps, unicode that looks like
/// something else or is invisible, escapes of control characters, secret-shaped text, and half-written syntax.
/// </summary>
public static class OddScalars
{
    public static readonly IReadOnlyList<string> All =
    [
        "yes", "no", "on", "off", "y", "n", "Yes", "TRUE", "tRuE", "\"true\"", "'false'",
        "~", "null", "Null", "\"\"", "''", "\"null\"", "!!null ''",
        "0", "-0", "-1", "1", "2", "3", "5", "7", "8", "199", "200", "201", "1000", "65535", "65536",
        "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999999999", "-99999999999999999999999999999999",
        "1e3", "1E308", "1e309", "-1e309", "1e-400", "0.1", "3.0", "3.", ".5", "1_000", "0x1F", "0o17", "017", "0b101",
        ".inf", "-.inf", ".nan", ".NaN", "+12", "12:30:00", "1:20", "0.0.0.0", "255.255.255.255", "::1", "192.168.10.256",
        "192.168.10.0/33", "192.168.10.0/24/8", "2001-12-14t21:59:43.10-05:00", "2026-01-11",
        "[]", "{}", "[[]]", "[{}]", "{a: 1}", "[1, 2, 3]", "[a, [b, [c]]]", "{? [a]: b}", "{a, b}", "[a: b]",
        "\"ʎɐʍ\"", "ʎɐʍ", "😀", "\"😀😀😀\"", "lаb.example.com", "\"\\u202Eevil\"", "\"a\\u0301\"", "\"\\uFEFF\"",
        "\"\\u200B\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\U0001F600\"", "\"\\x00\"", "\"\\0\"", "\"\\e\\a\\b\"",
        "\"line\\nbreak\"", "\"\\r\\n\"", "\"\\t\"", "\"\\\\\"", "\"\\q\"", "\"\\u12\"",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "\"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAA\\n-----END OPENSSH PRIVATE KEY-----\"",
        "root@pam!deploy=01234567-89ab-cdef-0123-456789abcdef", "https://root:hunter2@192.168.10.100:8006",
        "ssh-rsa AAAA", "ssh-ed25519", "https://", "http://[::1", "../../etc/passwd", "/etc/passwd", "C:\\Windows",
        "..", ".", "a/b", "-", "--", "---", "...", "*", "&", "!", "!!", "|", ">", "?", ":", "%", "@", "`",
        "\"unterminated", "'unterminated", "[unclosed", "{unclosed", "a: b: c", "*undefined", "&anchor",
        "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1]", "!!pairs [a: 1]", "!!str", "!<!> x",
        "$(reboot)", "`reboot`", "'; rm -rf / #", "\"${HOME}\"", "%s%s%s%n", "{{ .Values }}", "<script>",
    ];
}

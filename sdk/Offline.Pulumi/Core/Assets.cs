namespace Pulumi;

/// <summary>A file or archive a resource uploads.</summary>
public abstract class AssetOrArchive
{
    private protected AssetOrArchive(string kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    internal string Kind { get; }

    internal string Value { get; }
}

/// <summary>One file's content.</summary>
public abstract class Asset : AssetOrArchive
{
    private protected Asset(string kind, string value)
        : base(kind, value)
    {
    }
}

/// <summary>A set of files.</summary>
public abstract class Archive : AssetOrArchive
{
    private protected Archive(string kind, string value)
        : base(kind, value)
    {
    }
}

/// <summary>An asset given as text.</summary>
public sealed class StringAsset(string text) : Asset("text", text);

/// <summary>An asset read from a local file when the resource is deployed.</summary>
public sealed class FileAsset(string path) : Asset("path", path);

/// <summary>An asset fetched from a URI when the resource is deployed.</summary>
public sealed class RemoteAsset(string uri) : Asset("uri", uri);

/// <summary>An archive read from a local file or folder when the resource is deployed.</summary>
public sealed class FileArchive(string path) : Archive("path", path);

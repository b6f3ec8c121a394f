// The core SDK spells out its own usings (providers get none implicitly, like the real generated SDKs).
global using System;
global using System.Collections.Generic;
global using System.IO;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;

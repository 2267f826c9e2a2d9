# Corpus: torch.fft.

# %% torch.fft.fft | fft of a real signal (complex result)
# atol: 1e-5
import torch
result = torch.fft.fft(torch.tensor([1.0, 2.0, 3.0, 4.0]))

# %% torch.fft.fft | fft with zero padding to n
# atol: 1e-5
import torch
result = torch.fft.fft(torch.tensor([1.0, 0.0, -1.0]), n=4)

# %% torch.fft.ifft | ifft inverts fft
# atol: 1e-5
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
result = torch.fft.ifft(torch.fft.fft(x)).real

# %% torch.fft.rfft | rfft of a real signal
# atol: 1e-5
import torch
result = torch.fft.rfft(torch.tensor([0.0, 1.0, 0.0, -1.0, 0.0, 1.0]))

# %% torch.fft.rfft | rfft magnitude spectrum
# atol: 1e-5
import torch
x = torch.sin(torch.arange(8.0) * 3.14159265 / 2)
result = torch.fft.rfft(x).abs()

# %% torch.fft.irfft | irfft round trip with n
# atol: 1e-5
import torch
x = torch.tensor([1.0, 3.0, -2.0, 0.5, 4.0])
result = torch.fft.irfft(torch.fft.rfft(x), n=5)

# %% torch.fft.fft2 | 2-D fft
# atol: 1e-5
import torch
result = torch.fft.fft2(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))

# %% torch.fft.ifft2 | 2-D inverse fft real part
# atol: 1e-5
import torch
x = torch.arange(9.0).reshape(3, 3)
result = torch.fft.ifft2(torch.fft.fft2(x)).real

# %% torch.fft.rfft2 | 2-D real fft
# atol: 1e-5
import torch
result = torch.fft.rfft2(torch.arange(16.0).reshape(4, 4))

# %% torch.fft.fftn | n-dimensional fft over chosen dims
# atol: 1e-5
import torch
result = torch.fft.fftn(torch.arange(8.0).reshape(2, 2, 2), dim=(1, 2))

# %% torch.fft.fftfreq | sample frequencies
import torch
result = torch.fft.fftfreq(5)

# %% torch.fft.fftfreq | sample frequencies with spacing
import torch
result = torch.fft.fftfreq(4, d=0.5)

# %% torch.fft.rfftfreq | rfft frequencies
import torch
result = torch.fft.rfftfreq(6)

# %% torch.fft.fftshift | shift zero frequency to the center
import torch
result = torch.fft.fftshift(torch.arange(6))

# %% torch.fft.ifftshift | undo fftshift
import torch
result = torch.fft.ifftshift(torch.fft.fftshift(torch.arange(5)))

# %% torch.fft.fft | normalization ortho
# atol: 1e-5
import torch
result = torch.fft.fft(torch.tensor([1.0, 1.0, 1.0, 1.0]), norm="ortho")

# %% torch.fft.fft | fft along dim 0 of a complex tensor
# atol: 1e-5
import torch
x = torch.complex(torch.tensor([[1.0, 0.0], [2.0, 1.0]]), torch.tensor([[0.0, 1.0], [1.0, 0.0]]))
result = torch.fft.fft(x, dim=0)

# %% torch.fft.hfft | hermitian fft
# atol: 1e-5
import torch
x = torch.complex(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.0, 1.0, 0.0]))
result = torch.fft.hfft(x)

// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rootdir.h"

#include <utility>

RootDir::RootDir(std::string directory)
    : m_directory(std::move(directory))
{
    while (m_directory.size() > 1 && m_directory.back() == '/')
        m_directory.pop_back();
}

std::string RootDir::resolve(const std::string &path) const
{
    return isLive() ? path : m_directory + path;
}
